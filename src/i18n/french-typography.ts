const NBSP = '\u00a0';
const NNBSP = '\u202f';

/**
 * French typography for a text written with ordinary spaces: a no-break space before « : » and inside
 * guillemets, a narrow no-break space before « ; ! ? », so the punctuation never starts a line. Leaves
 * URLs and times ("8 h 30") alone; idempotent.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/ :(?!\/\/)/g, `${NBSP}:`)
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}
