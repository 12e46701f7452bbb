export interface Item { name: string; price: number; qty: number }

export class Cart {
  private items: Item[] = [];

  add(item: Item): this {
    if (item.qty <= 0) throw new RangeError(`quantity must be positive, got ${item.qty}`);
    this.items.push(item);
    return this;
  }

  total(): number {
    return this.items.reduce((sum, i) => sum + i.price * i.qty, 0);
  }

  names(): string[] {
    return this.items.map((i) => i.name);
  }
}
