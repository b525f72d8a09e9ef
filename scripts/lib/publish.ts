/**
 * What the publishing pipeline does before it builds (scripts/publish-prepare.ts): give new
 * products their QR codes and record them in ONE commit, then run the content check.
 */
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { REGISTRY_FILE } from '../../src/lib/qr/registry.ts';
import type { Problem } from '../../src/lib/content-check/check.ts';
import type { Bilingual } from '../../src/lib/validators/result.ts';
import { type Assigned, assignCodes } from './assign-codes.ts';

/** Who the pipeline's commit is from, when the runner has no Git identity. */
export const BOT = {
  name: 'Etalase OVOP NTT (pipeline)',
  email: 'etalase-pipeline@users.noreply.local',
};

function git(cwd: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

/** The commit message: what happened, which products, and why nobody should edit the codes. */
export function commitMessage(assigned: readonly Assigned[]): string {
  const list = assigned.map(
    (a) => `- ${a.slug}: ${a.code}${a.restored ? ' (dikembalikan / restored)' : ''}`,
  );
  const subject =
    assigned.length === 1
      ? `Kode QR ${assigned[0]?.code} untuk ${assigned[0]?.slug} / QR code for a new product`
      : `Kode QR untuk ${assigned.length} produk baru / QR codes for ${assigned.length} new products`;
  return [
    subject,
    '',
    ...list,
    '',
    'Diberikan otomatis oleh pipeline penerbitan (npm run publish:prepare) dan dicatat di',
    `content/${REGISTRY_FILE}; kode yang tercetak di kemasan tidak boleh diubah.`,
    'Assigned by the publishing pipeline and recorded in the append-only registry;',
    'a code printed on packaging must never change.',
  ].join('\n');
}

export interface AssignAndCommit {
  assigned: Assigned[];
  /** Full hash of the commit made, if any. */
  commit?: string;
  error?: Bilingual;
}

/**
 * Runs qr:assign on `contentDir` and, when a code was given, commits exactly the registry and
 * the changed product files, in one commit, in the Git work tree that holds `contentDir`.
 */
export function assignAndCommit(contentDir: string): AssignAndCommit {
  const top = git(contentDir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return { assigned: [], error: gitError(top.out) };
  const repo = top.out;
  const { assigned, error } = assignCodes(contentDir);
  if (error) return { assigned, error };
  if (assigned.length === 0) return { assigned };
  const files = [
    join(contentDir, REGISTRY_FILE),
    ...assigned.map((a) => join(contentDir, 'products', a.slug)),
  ].map((f) => relative(repo, resolve(f)) || '.');
  const add = git(repo, ['add', '--', ...files]);
  if (!add.ok) return { assigned, error: gitError(add.out) };
  const hasIdentity = git(repo, ['config', 'user.email']).ok;
  const identity = hasIdentity
    ? []
    : ['-c', `user.name=${BOT.name}`, '-c', `user.email=${BOT.email}`];
  const commit = git(repo, [
    ...identity,
    'commit',
    '--quiet',
    '-m',
    commitMessage(assigned),
    '--',
    ...files,
  ]);
  if (!commit.ok) return { assigned, error: gitError(commit.out) };
  return { assigned, commit: git(repo, ['rev-parse', 'HEAD']).out };
}

function gitError(out: string): Bilingual {
  return {
    id: `Kode QR tidak dapat dicatat dalam commit (git: ${out}). Jalankan di dalam repositori Git.`,
    en: `The QR codes could not be committed (git: ${out}). Run this inside the Git repository.`,
  };
}

export type { Problem };
