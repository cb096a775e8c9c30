import type { Argument } from '../parser';
import type { Range } from '../../diagnostic';

/** A `$NAME` / `${NAME…}` reference inside an argument, with its exact range. */
export interface VarRef {
  readonly name: string;
  readonly range: Range;
  /** `${X:-default}` / `${X:+alt}`: the author handled the unset case. */
  readonly hasModifier: boolean;
}

const REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)([:?+\-#%/^,][^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

export function varRefs(arg: Argument, escape = '\\'): VarRef[] {
  const value = arg.getValue();
  const start = arg.getRange().start;
  const out: VarRef[] = [];
  if (!value.includes('$')) return out;
  if (arg.getRange().start.line !== arg.getRange().end.line) return out; // offsets only reliable on one line
  for (const m of value.matchAll(REF)) {
    if (m.index! > 0 && value[m.index! - 1] === escape) continue;
    const name = m[1] ?? m[3]!;
    out.push({
      name,
      hasModifier: m[2] !== undefined,
      range: { start: { line: start.line, character: start.character + m.index! }, end: { line: start.line, character: start.character + m.index! + m[0].length } },
    });
  }
  return out;
}

/** Environment variables official base images commonly define (BuildKit reads them from the image config). */
export const COMMON_IMAGE_ENV = new Set([
  'PATH', 'HOME', 'HOSTNAME', 'TERM', 'LANG', 'LANGUAGE', 'LC_ALL', 'USER', 'PWD', 'SHELL', 'TZ',
  'NODE_VERSION', 'YARN_VERSION', 'NPM_CONFIG_LOGLEVEL', 'GOPATH', 'GOLANG_VERSION', 'GOTOOLCHAIN', 'GOROOT',
  'JAVA_HOME', 'JAVA_VERSION', 'JDK_VERSION', 'MAVEN_HOME', 'MAVEN_CONFIG', 'GRADLE_HOME', 'GRADLE_VERSION',
  'PYTHON_VERSION', 'PYTHON_PIP_VERSION', 'PYTHON_SHA256', 'PIP_NO_CACHE_DIR', 'GPG_KEY', 'VIRTUAL_ENV',
  'RUBY_VERSION', 'RUBY_MAJOR', 'GEM_HOME', 'BUNDLE_PATH', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG',
  'NGINX_VERSION', 'NJS_VERSION', 'PKG_RELEASE', 'REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA',
  'PHP_VERSION', 'PHP_INI_DIR', 'PHPIZE_DEPS', 'PG_MAJOR', 'PG_VERSION', 'PGDATA', 'MYSQL_MAJOR', 'MYSQL_VERSION',
  'MONGO_VERSION', 'RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION', 'DOTNET_VERSION', 'ASPNET_VERSION', 'APP_UID',
  'DEBIAN_FRONTEND', 'CATALINA_HOME', 'TOMCAT_VERSION', 'HTTPD_PREFIX', 'HTTPD_VERSION', 'ERLANG_VERSION',
]);
