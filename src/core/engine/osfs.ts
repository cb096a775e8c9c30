/**
 * Plausible root filesystems for the base images' distributions. Only what the
 * simulated shell and build steps look at: executables on PATH (so `bash` is missing in
 * busybox/alpine, `ps` in ubuntu/debian), `/etc/os-release`, `/etc/passwd`, package tools.
 */
import type { FsChanges, FsEntry } from './fs';

export type OsFlavour = 'busybox' | 'alpine' | 'debian' | 'ubuntu' | 'buildpack' | 'oraclelinux' | 'scratch';

const dir: FsEntry = { type: 'dir', size: 0 };
const bin = (size: number): FsEntry => ({ type: 'file', size, executable: true });
const text = (content: string): FsEntry => ({ type: 'file', size: content.length, content });
const link = (target: string): FsEntry => ({ type: 'link', size: 0, target });

const FHS = ['/bin', '/dev', '/etc', '/home', '/lib', '/proc', '/root', '/sys', '/tmp', '/usr', '/usr/bin', '/usr/local', '/usr/local/bin', '/usr/sbin', '/var', '/var/log', '/sbin', '/opt', '/mnt', '/run', '/srv', '/media'];

const BUSYBOX_APPLETS = ['sh', 'ls', 'cat', 'echo', 'ps', 'hostname', 'env', 'pwd', 'sleep', 'mkdir', 'rm', 'touch', 'uname', 'whoami', 'wget', 'vi', 'top', 'true', 'false', 'id', 'date', 'df', 'cp', 'mv', 'grep', 'head', 'tail', 'ping', 'nslookup'];
const COREUTILS = ['ls', 'cat', 'echo', 'pwd', 'sleep', 'mkdir', 'rm', 'touch', 'uname', 'true', 'false', 'cp', 'mv', 'date', 'df', 'id', 'head', 'tail'];

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';

function osRelease(name: string, version: string, id: string, pretty: string): FsEntry {
  return text(`PRETTY_NAME="${pretty}"\nNAME="${name}"\nVERSION_ID="${version}"\nID=${id}\n`);
}

export function osFilesystem(flavour: OsFlavour, release: string): FsChanges {
  const out: FsChanges = {};
  if (flavour === 'scratch') return out;
  for (const d of FHS) out[d] = dir;
  if (flavour === 'busybox' || flavour === 'alpine') {
    out['/bin/busybox'] = bin(flavour === 'busybox' ? 1_130_000 : 808_000);
    for (const applet of BUSYBOX_APPLETS) out[`/bin/${applet}`] = link('busybox');
    out['/etc/passwd'] = text(PASSWD.replace('/bin/bash', '/bin/sh'));
    if (flavour === 'alpine') {
      out['/sbin/apk'] = bin(66_000);
      out['/etc/alpine-release'] = text(`${release}\n`);
      out['/etc/os-release'] = osRelease('Alpine Linux', release, 'alpine', `Alpine Linux v${release.split('.').slice(0, 2).join('.')}`);
      out['/lib/ld-musl-x86_64.so.1'] = bin(653_000);
    }
    return out;
  }
  if (flavour === 'oraclelinux') {
    for (const c of COREUTILS) out[`/usr/bin/${c}`] = bin(60_000);
    out['/usr/bin/bash'] = bin(1_150_000);
    out['/usr/bin/sh'] = link('bash');
    out['/usr/bin/microdnf'] = bin(90_000);
    out['/etc/os-release'] = osRelease('Oracle Linux Server', release, 'ol', `Oracle Linux Server ${release}`);
    out['/etc/passwd'] = text(PASSWD);
    return out;
  }
  for (const c of COREUTILS) out[`/bin/${c}`] = bin(60_000);
  out['/bin/bash'] = bin(1_183_000);
  out['/bin/dash'] = bin(121_000);
  out['/bin/sh'] = link('dash');
  out['/bin/hostname'] = bin(17_000);
  out['/usr/bin/env'] = bin(48_000);
  out['/usr/bin/whoami'] = bin(31_000);
  out['/usr/bin/apt-get'] = bin(47_000);
  out['/usr/bin/dpkg'] = bin(305_000);
  out['/var/lib/apt/lists'] = dir;
  out['/var/cache/apt/archives'] = dir;
  out['/etc/passwd'] = text(PASSWD);
  if (flavour === 'ubuntu') {
    out['/etc/os-release'] = osRelease('Ubuntu', release, 'ubuntu', `Ubuntu ${release} LTS`);
  } else {
    out['/etc/os-release'] = osRelease('Debian GNU/Linux', release, 'debian', `Debian GNU/Linux ${release}`);
  }
  if (flavour === 'buildpack') {
    // buildpack-deps (the base of node:7, python, golang) ships procps, curl, git.
    out['/bin/ps'] = bin(133_000);
    out['/usr/bin/curl'] = bin(207_000);
    out['/usr/bin/git'] = bin(2_100_000);
    out['/usr/bin/make'] = bin(220_000);
  }
  return out;
}
