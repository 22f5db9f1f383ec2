import type { ReactNode } from 'react';

/** A tel: link whose number keeps left-to-right order inside right-to-left text. */
export function PhoneLink({ phone, children, className = 'font-semibold underline' }: { phone: string; children?: ReactNode; className?: string }) {
  return (
    <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} className={className}>
      <bdi dir="ltr">{children ?? phone}</bdi>
    </a>
  );
}
