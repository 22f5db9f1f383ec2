import type { LocalizedText } from '@/lib/data/localize';
import { parseBlocks } from '@/lib/guides/blocks';
import { localeDirection } from '@/lib/i18n/locales';

/** Renders a guide's plain-text body. Text is always rendered as text, never as HTML. */
export function GuideBody({ value }: { value: LocalizedText }) {
  const foreign = value.status === 'fallback';
  return (
    <div lang={foreign ? value.lang : undefined} dir={foreign ? localeDirection(value.lang) : undefined} className="max-w-prose space-y-4 text-lg">
      {parseBlocks(value.text).map((block, i) => {
        if (block.kind === 'heading') return <h2 key={i} className="pt-2 text-2xl font-bold">{block.text}</h2>;
        if (block.kind === 'list') return <ul key={i} className="list-disc space-y-1 ps-6">{block.items.map((item, j) => <li key={j}>{item}</li>)}</ul>;
        return <p key={i}>{block.text}</p>;
      })}
    </div>
  );
}
