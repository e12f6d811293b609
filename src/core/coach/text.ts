/**
 * Turns what the compose body holds into the text the coach judges: only the sender's own
 * words in this message. Every step keeps each character where it was (it replaces, it never
 * removes), so an offset into the result is an offset into what the user typed.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Characters that look alike to a reader but not to a pattern: curly quotes, dashes, bullets,
 * the ellipsis, unusual spaces. Each is swapped for one plain character, so lengths and offsets
 * do not move, and a draft in plain Latin script becomes a one-byte string, which the regular
 * expression engine reads faster.
 */
const LOOKALIKES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u201c\u201d\u201e\u201f\u2033\u2010-\u2015\u2212\u2026\u2022\u2023\u2043\u25e6\u25aa\u25cf\u00a0\u2007\u202f\u200b\u200c\u2060\ufeff\r\t]|\u200d/g;
const LOOKALIKE_TO: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.',
  '\u2022': '-', '\u2023': '-', '\u2043': '-', '\u25e6': '-', '\u25aa': '-', '\u25cf': '-',
};

function normalise(text: string): string {
  return text.replace(LOOKALIKES, (ch) => LOOKALIKE_TO[ch] ?? ' ');
}

/** Lower case without moving offsets: the rare letter whose lower case is longer (İ) stays as it is. */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[^]/gu, (ch) => {
    const folded = ch.toLowerCase();
    return folded.length === ch.length ? folded : ch;
  });
}

export interface OwnText {
  /** Lower-cased, and the same length as the part of the input it covers; quoted lines are blanked with spaces. */
  text: string;
  /** Where the sender's own words stop in the input (the rest is history or signature). */
  end: number;
}

/**
 * The sender's own words: everything before the earliest cut (reply header, forwarded block,
 * signature delimiter), with quoted lines blanked out by spaces. `quotedLine` must be global and
 * multiline and must not match line breaks, so blanking keeps the lines where they were.
 */
export function ownText(input: string, quotedLine: RegExp, cuts: readonly RegExp[]): OwnText {
  let text = normalise(input);
  let end = text.length;
  for (const cut of cuts) {
    const found = cut.exec(text);
    if (found && found.index < end) end = found.index;
  }
  text = lowerInPlace(text.slice(0, end).replace(quotedLine, (line) => ' '.repeat(line.length)));
  return { text, end };
}

/** Letters and digits; anything from Latin-1 letters up counts as a letter except general punctuation. */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f))
  );
}

/** Words as a reader counts them: "don't", "e-mail" and "9.30" are one word each. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && (code === 39 || code === 45 || code === 46) && isWordChar(text.charCodeAt(i + 1))) {
      // A joiner between two word characters keeps the word going.
    } else {
      inWord = false;
    }
  }
  return count;
}

/** The span from the first word to the last, or an empty span at 0 when there are no words. */
export function wordsSpan(text: string): TextSpan {
  const first = /[\p{L}\p{N}]/u.exec(text);
  if (!first) return { start: 0, end: 0 };
  let end = text.length;
  while (end > first.index && /\s/.test(text.charAt(end - 1))) end--;
  return { start: first.index, end };
}

/** Sentences as spans: ended by . ! ? or a line break, whichever comes first. Blank ones are skipped. */
export function sentences(text: string, from = 0): TextSpan[] {
  const out: TextSpan[] = [];
  const pattern = /[^.!?\n]+[.!?]*/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    // A bullet marker or a lone number is not a sentence of its own.
    if (/[\p{L}]/u.test(trimmed)) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}
