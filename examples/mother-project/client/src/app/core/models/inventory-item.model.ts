export type CopyCondition = 'New' | 'Good' | 'Worn' | 'Damaged';
export type CopyStatus = 'Available' | 'OnLoan' | 'InRepair' | 'Lost';

/** Mirrors InventoryItemDto: one physical copy of a book. */
export interface InventoryItem {
  id: string;
  bookId: string;
  barcode: string;
  branchCode: string;
  shelfLocation: string;
  condition: CopyCondition;
  status: CopyStatus;
  acquiredAt: string;
}

/** Mirrors CreateInventoryItemDto. */
export interface CreateInventoryItem {
  bookId: string;
  barcode: string;
  branchCode: string;
  floor: number;
  aisle: string;
  shelf: string;
  condition: CopyCondition;
}
