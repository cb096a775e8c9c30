/**
 * API errors with the wording kubectl prints (k8s.io/apimachinery/pkg/api/errors and
 * kubectl's cmdutil.CheckErr): `Error from server (NotFound): pods "x" not found`,
 * `The Deployment "x" is invalid: spec.selector: Required value`.
 */
import { resourceForKind } from './kinds';

export type Reason = 'NotFound' | 'AlreadyExists' | 'Conflict' | 'Invalid' | 'BadRequest' | 'Forbidden' | 'MethodNotAllowed';

export interface FieldError {
  /** `spec.selector` */
  readonly field: string;
  /** `Required value`, `Invalid value: "x": must be …`, `Unsupported value: …`. */
  readonly detail: string;
}

function resourceName(kind: string): string {
  return resourceForKind(kind)?.plural ?? `${kind.toLowerCase()}s`;
}

export class ApiError extends Error {
  constructor(
    readonly reason: Reason,
    message: string,
    readonly code: number,
    readonly causes: readonly FieldError[] = [],
  ) {
    super(message);
  }

  /** The line kubectl prints on stderr. */
  toKubectl(): string {
    if (this.reason === 'Invalid') return this.message;
    return `Error from server (${this.reason}): ${this.message}`;
  }

  static notFound(kind: string, name: string): ApiError {
    return new ApiError('NotFound', `${resourceName(kind)} "${name}" not found`, 404);
  }

  static alreadyExists(kind: string, name: string): ApiError {
    return new ApiError('AlreadyExists', `${resourceName(kind)} "${name}" already exists`, 409);
  }

  static conflict(kind: string, name: string): ApiError {
    return new ApiError(
      'Conflict',
      `Operation cannot be fulfilled on ${resourceName(kind)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      409,
    );
  }

  /** `The Pod "x" is invalid: spec.containers[0].image: Required value` (one cause) or a bullet list. */
  static invalid(kind: string, name: string, causes: readonly FieldError[]): ApiError {
    const parts = causes.map((c) => `${c.field}: ${c.detail}`);
    const text =
      parts.length === 1
        ? `The ${kind} "${name}" is invalid: ${parts[0]}`
        : `The ${kind} "${name}" is invalid: \n${parts.map((p) => `* ${p}`).join('\n')}`;
    return new ApiError('Invalid', text, 422, causes);
  }

  static badRequest(message: string): ApiError {
    return new ApiError('BadRequest', message, 400);
  }
}
