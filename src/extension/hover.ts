import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { dockerfileRules } from '../core/dockerfile';
import { instructionDoc } from '../core/dockerfile/instructionDocs';
import { localizedRuleText } from '../core/dockerfile/ruleText';
import { DIAGNOSTIC_SOURCE } from './convert';

/**
 * Hover for Dockerfiles: on a Kube Tutor diagnostic, why it matters, how to fix it, an
 * example and a link to the rule page; on an instruction keyword, a short explanation.
 */
export class DockerfileHover implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const parts: vscode.MarkdownString[] = [];
    for (const d of vscode.languages.getDiagnostics(document.uri)) {
      if (!d.source?.startsWith(DIAGNOSTIC_SOURCE) || !d.range.contains(position)) continue;
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
      const rule = dockerfileRules.find((r) => r.code === code);
      if (!rule) continue;
      const text = localizedRuleText(rule);
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**${rule.code}** ${rule.aliases.length ? `(${rule.aliases.join(', ')}) ` : ''}— ${text.title}\n\n`);
      md.appendMarkdown(`**${l10n.t('Why it matters')}:** ${text.why}\n\n`);
      md.appendMarkdown(`**${l10n.t('How to fix')}:** ${text.fix}\n\n`);
      md.appendCodeblock(rule.explanation.good, 'dockerfile');
      md.appendMarkdown(`\n[${l10n.t('Rule documentation')}](${rule.docs})`);
      parts.push(md);
    }
    if (parts.length > 0) return new vscode.Hover(parts);
    const word = document.getWordRangeAtPosition(position, /[A-Za-z]+/);
    if (!word) return undefined;
    const before = document.lineAt(position.line).text.slice(0, word.start.character);
    const onbuild = /^\s*onbuild\s+$/i.test(before);
    if (before.trim() !== '' && !onbuild) return undefined;
    if (position.line > 0 && /\\\s*$/.test(document.lineAt(position.line - 1).text)) return undefined; // a continuation line
    const doc = instructionDoc(document.getText(word));
    if (!doc) return undefined;
    const md = new vscode.MarkdownString(`**${document.getText(word).toUpperCase()}** — ${doc.summary}\n\n`);
    md.appendCodeblock(doc.example, 'dockerfile');
    return new vscode.Hover(md, word);
  }
}
