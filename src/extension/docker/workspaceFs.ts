import * as vscode from 'vscode';
import { MemoryFs } from '../../core/shell/memfs';
import type { WorkspaceFs } from '../../core/shell/types';
import { NodeFs } from '../../cli/nodeFs';

const SKIP = new Set(['node_modules', '.git']);
const MAX_FILES = 2000;
const MAX_BYTES = 1_000_000;

/**
 * The workspace as the simulator reads it (build contexts, compose files). Local folders
 * are read from disk like the docker CLI does; virtual workspaces are snapshotted
 * through `vscode.workspace.fs` (WorkspaceFs is synchronous).
 */
export async function workspaceFs(folder: vscode.Uri | undefined): Promise<WorkspaceFs> {
  if (!folder) return new MemoryFs();
  if (folder.scheme === 'file') return new NodeFs(folder.fsPath);
  const mem = new MemoryFs();
  let count = 0;
  const walk = async (dir: vscode.Uri, rel: string): Promise<void> => {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      if (count >= MAX_FILES || SKIP.has(name)) continue;
      const child = vscode.Uri.joinPath(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      if (type & vscode.FileType.Directory) await walk(child, path);
      else if (type & vscode.FileType.File) {
        const stat = await vscode.workspace.fs.stat(child);
        if (stat.size > MAX_BYTES) continue;
        mem.write(path, new TextDecoder().decode(await vscode.workspace.fs.readFile(child)));
        count++;
      }
    }
  };
  await walk(folder, '');
  return mem;
}

export function workspaceFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}
