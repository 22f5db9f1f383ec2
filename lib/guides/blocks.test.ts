import { describe, expect, it } from 'vitest';
import { parseBlocks } from './blocks';

describe('parseBlocks', () => {
  it('reads headings, paragraphs and lists', () => {
    const body = 'Intro line one\nline two\n\n## Your rights\n- Stay silent\n- Do not sign\n\nClosing <script>x</script>';
    expect(parseBlocks(body)).toEqual([
      { kind: 'paragraph', text: 'Intro line one line two' },
      { kind: 'heading', text: 'Your rights' },
      { kind: 'list', items: ['Stay silent', 'Do not sign'] },
      { kind: 'paragraph', text: 'Closing <script>x</script>' },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(parseBlocks(' \n\n ')).toEqual([]);
  });
});
