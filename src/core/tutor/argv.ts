/**
 * Splits a command line into words the way a POSIX shell does for simple commands:
 * whitespace separates, '…' is literal, "…" allows \" \\ \$ \`, a backslash escapes the
 * next character, `# comment` at a word start ends the line. No expansion: the tutor never
 * runs anything. Typographic quotes (“ ” from word processors, as in seed 000) are ordinary
 * characters for a shell, so they stay part of the word, exactly as bash would keep them.
 */
export function splitCommandLine(line: string): { argv: string[] } | { error: string } {
  const argv: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) argv.push(word);
      word = '';
      inWord = false;
    } else if (c === '#' && !inWord) {
      break;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { error: "unexpected EOF while looking for matching `''" }; // bash's wording
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1]!)) j++;
        word += line[j];
      }
      if (j >= line.length) return { error: 'unexpected EOF while looking for matching `"\'' };
      inWord = true;
      i = j;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) argv.push(word);
  return { argv };
}
