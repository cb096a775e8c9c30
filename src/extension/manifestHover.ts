import * as vscode from 'vscode';
import { explainAt, formatExplain } from '../core/manifest/explain';
import { composeHoverAt } from '../core/manifest/compose/hover';
import { isComposeFileName } from '../core/manifest/compose/spec';

/** `kubectl explain` in a hover, for fields of Kubernetes manifests (schema table of core); Compose keys in Compose files. */
export class ManifestHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (isComposeFileName(document.uri.path)) {
      const hover = composeHoverAt(document.getText(), position.line, position.character);
      if (!hover) return undefined;
      const text = document.lineAt(position.line).text;
      const start = text.indexOf(hover.key);
      const markdown = new vscode.MarkdownString(`**${hover.path}** (Compose)\n\n${hover.description}`);
      return new vscode.Hover(markdown, start >= 0 ? new vscode.Range(position.line, start, position.line, start + hover.key.length) : undefined);
    }
    const info = explainAt(document.getText(), position.line, position.character);
    if (!info) return undefined;
    const markdown = new vscode.MarkdownString();
    markdown.appendMarkdown(`**${info.path}** \`${info.type}\`${info.required ? ' — *required*' : ''}\n\n`);
    markdown.appendCodeblock(formatExplain(info), 'text');
    const line = document.lineAt(position.line);
    const keyStart = line.text.search(/\S/) + (/^\s*-\s+/.exec(line.text)?.[0].trimStart().length ?? 0);
    const range = new vscode.Range(position.line, keyStart, position.line, keyStart + info.field.length);
    return new vscode.Hover(markdown, range);
  }
}

export const MANIFEST_SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }];
