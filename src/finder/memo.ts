/** Remembers one computed value until any of its inputs changes (compared with ===). */
export class Memo<T> {
  private deps: readonly unknown[] | undefined;
  private value: T | undefined;

  get(deps: readonly unknown[], make: () => T): T {
    if (!this.deps || deps.length !== this.deps.length || deps.some((d, i) => d !== this.deps![i])) {
      this.value = make();
      this.deps = deps;
    }
    return this.value as T;
  }
}
