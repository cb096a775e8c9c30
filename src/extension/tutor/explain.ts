import * as vscode from 'vscode';
import { EXPLANATIONS, explanationFor, simulatorErrorExplanations } from '../../core/tutor/explanations';
import { dockerfileRules } from '../../core/dockerfile';
import { localizedRuleText } from '../../core/dockerfile/ruleText';
import { explainLinks } from '../../core/shell/explain';
import { t } from './controller';

/** `publisher.name` from package.json: the authority of the extension's URIs. */
export const EXTENSION_ID = 'kube-tutor.kube-tutor';
const EXPLAIN_PATH = '/explain';
const CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/**
 * The link of a diagnostic code in hovers and the Problems panel: a URI for this extension's
 * URI handler (`vscode://kube-tutor.kube-tutor/explain?code=DF001`, with the product's own
 * scheme in code-server). The workbench opens it internally (no browser, no command: URI, which
 * recent VS Code versions stop running from diagnostic links).
 */
export function explanationUri(code: string): vscode.Uri {
  return vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: EXTENSION_ID, path: EXPLAIN_PATH, query: `code=${encodeURIComponent(code)}` });
}

/** The code an explanation URI names; undefined for anything else (the handler validates what it is given). */
export function codeOfUri(uri: vscode.Uri): string | undefined {
  if (uri.path !== EXPLAIN_PATH) return undefined;
  const code = new URLSearchParams(uri.query).get('code') ?? '';
  return CODE.test(code) ? code : undefined;
}

class ExplainLink extends vscode.TerminalLink {
  constructor(
    startIndex: number,
    length: number,
    readonly code: string,
  ) {
    super(startIndex, length, vscode.l10n.t('Explain {0}', code));
  }
}

function linkProvider(open: (code: string) => void): vscode.TerminalLinkProvider<ExplainLink> {
  return {
    provideTerminalLinks: (context) => explainLinks(context.line).map((l) => new ExplainLink(l.startIndex, l.length, l.code)),
    handleTerminalLink: (link) => open(link.code),
  };
}

/**
 * Shows explanations (a modal with why, fix, the real command and, for manifest codes, the fixed
 * example) from the `kubeTutor.explain` command, diagnostic code links and terminal links;
 * `onDidExplain` tells tests which code was shown.
 */
export class Explainer implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<string>();
  readonly onDidExplain = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor() {
    this.disposables.push(
      vscode.window.registerUriHandler({
        handleUri: (uri) => {
          const code = codeOfUri(uri);
          if (code) void this.explain(code);
          else void vscode.window.showErrorMessage(vscode.l10n.t('Kube Tutor cannot open this link: {0}', uri.toString(true)));
        },
      }),
      vscode.window.registerTerminalLinkProvider(linkProvider((code) => void this.explain(code))),
    );
  }

  async explain(code?: string): Promise<void> {
    const chosen =
      code ??
      (await vscode.window.showQuickPick(
        [...new Map([...EXPLANATIONS, ...simulatorErrorExplanations()].map((e) => [e.code, e])).values()].map((e) => ({ label: e.code, description: t(e.title) })),
        { title: vscode.l10n.t('Kube Tutor: Explain an Error') },
      ))?.label;
    if (!chosen) return;
    const e = explanationFor(chosen);
    if (!e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Kube Tutor has no explanation for {0} yet.', chosen));
      return;
    }
    this.emitter.fire(e.code);
    // The catalogue has both languages; a Dockerfile rule's own text is translated through the l10n bundle.
    const rule = EXPLANATIONS.some((x) => x.code === e.code) ? undefined : dockerfileRules.find((r) => r.code === e.code);
    const text = rule ? localizedRuleText(rule) : { title: t(e.title), why: t(e.why), fix: t(e.fix) };
    // Manifest codes add their fixed example (YAML is code: only its label is translated).
    const example = e.example ? `\n\n${vscode.l10n.t('Fixed example:')}\n${e.example}` : '';
    const detail = [text.why, '', text.fix, e.command ? `\n$ ${e.command}` : ''].join('\n') + example;
    void vscode.window.showInformationMessage(`${e.code}: ${text.title}`, { modal: true, detail });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
