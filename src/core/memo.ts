/** Remembers the inputs of a computation (compared with ===), so it is done again only when one of them changes. */
export class Memo<T> {
  private deps: readonly unknown[] | undefined;
  private value: T | undefined;

  /** True (and remembered) when `deps` differ from the last ones; false when they are the same. */
  changed(deps: readonly unknown[]): boolean {
    if (this.deps && deps.length === this.deps.length && deps.every((d, i) => d === this.deps![i])) return false;
    this.deps = deps;
    return true;
  }

  /** The value `make` gave for these inputs, made again when they changed. */
  get(deps: readonly unknown[], make: () => T): T {
    if (this.changed(deps)) this.value = make();
    return this.value as T;
  }

  /** Forgets the inputs: the next call computes again. */
  reset(): void {
    this.deps = undefined;
  }
}
