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
  /** The same characters with their case, for the sentence parser (capitals mark names and sentence starts). */
  cased: string;
  /** Where the sender's own words stop in the input (the rest is history, signature or footer). */
  end: number;
}

export interface QuoteRules {
  /** Global and multiline; must not match line breaks, so blanking keeps the lines where they were. */
  quotedLine: RegExp;
  /** Global and multiline. */
  cuts: readonly RegExp[];
  /** Sticky: tried at the first non-blank character. */
  headerBlock: RegExp;
  /** Global and multiline. */
  closing: RegExp;
}

/** Signature lines: a title, a company, a phone number, a quotation. */
const SHORT_LINE = 100;
const SIGNATURE_LINES = 8;

/**
 * Where a signature block starts that no delimiter marks: after a closing line ("Best regards,")
 * and the name under it, when what follows is a few short lines (title, company, phone) and
 * nothing the sender still says (a "P.S.").
 */
function signatureStart(text: string, end: number, closing: RegExp): number {
  let last: RegExpExecArray | null = null;
  closing.lastIndex = 0;
  for (let m = closing.exec(text); m && m.index < end; m = closing.exec(text)) last = m;
  if (!last) return end;
  const afterClosing = text.indexOf('\n', last.index + last[0].length);
  if (afterClosing < 0 || afterClosing >= end) return end;
  const lines = text.slice(afterClosing + 1, end).split('\n');
  const firstFilled = lines.findIndex((line) => line.trim() !== '');
  if (firstFilled < 0) return end;
  const rest = lines.slice(firstFilled + 1);
  const filled = rest.filter((line) => line.trim() !== '');
  if (filled.length === 0 || filled.length > SIGNATURE_LINES) return end;
  // A signature has no sentences in it: a line of four words or more that ends like one is still the email.
  if (filled.some((line) => line.length > SHORT_LINE || /^\s*p\.?\s?s\b/i.test(line) || (/[.!?]\s*$/.test(line) && line.trim().split(/\s+/).length >= 3))) return end;
  let at = afterClosing + 1;
  for (let i = 0; i <= firstFilled; i++) at += (lines[i] ?? '').length + 1;
  return Math.min(at, end);
}

/**
 * The sender's own words: everything before the earliest cut (reply header, forwarded block,
 * signature delimiter, legal footer), with quoted lines blanked out by spaces. Header lines that
 * open the text (a memo's To:/From:/Date:/Subject:) are the letter's own, so cuts are looked for
 * only after them.
 */
export function ownText(input: string, rules: QuoteRules): OwnText {
  const normal = normalise(input);
  const lead = normal.length - normal.trimStart().length;
  rules.headerBlock.lastIndex = lead;
  const memo = rules.headerBlock.exec(normal);
  const from = memo && !/^[ \t*]*sent:/im.test(memo[0]) ? lead + memo[0].length : 0;
  let end = normal.length;
  for (const cut of rules.cuts) {
    cut.lastIndex = from;
    const found = cut.exec(normal);
    if (found && found.index < end) end = found.index;
  }
  end = signatureStart(normal, end, rules.closing);
  const cased = normal.slice(0, end).replace(rules.quotedLine, (line) => ' '.repeat(line.length));
  return { text: lowerInPlace(cased), cased, end };
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
