import * as vscode from 'vscode';
import { explainAt, formatExplain } from '../core/manifest/explain';

/** `kubectl explain` in a hover, for fields of Kubernetes manifests (schema table of core). */
export class ManifestHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
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
