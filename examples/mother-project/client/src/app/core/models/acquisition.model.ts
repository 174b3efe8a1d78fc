import { PageQuery } from './paged-result.model';

/** Draft → Submitted → Received, or Cancelled from Draft/Submitted. Only drafts can be edited. */
export type PurchaseOrderStatus = 'Draft' | 'Submitted' | 'Received' | 'Cancelled';

/** Mirrors PurchaseOrderLineDto. */
export interface PurchaseOrderLine {
  isbn: string;
  title: string;
  bookId?: string;
  quantity: number;
  quantityReceived: number;
  unitPrice: number;
  discountPercent: number;
  lineTotal: number;
}

/** Mirrors PurchaseOrderDto. */
export interface PurchaseOrder {
  id: string;
  orderNumber: string;
  supplierName: string;
  supplierReference?: string;
  /** The branch the delivery is shelved at. */
  branchCode: string;
  status: PurchaseOrderStatus;
  lines: PurchaseOrderLine[];
  notes?: string;
  createdBy: string;
  createdAt: string;
  submittedAt?: string;
  receivedAt?: string;
  cancelledAt?: string;
  cancellationReason?: string;
  totalQuantity: number;
  total: number;
}

/** Mirrors CreatePurchaseOrderLineDto. */
export interface CreatePurchaseOrderLine {
  isbn: string;
  title: string;
  quantity: number;
  unitPrice: number;
  discountPercent: number;
}

/** Mirrors CreatePurchaseOrderDto (create and update of a draft). */
export interface CreatePurchaseOrder {
  supplierName: string;
  supplierReference?: string;
  branchCode: string;
  notes?: string;
  lines: CreatePurchaseOrderLine[];
}

/** Mirrors ReceivePurchaseOrderLineDto: a line delivered short; lines left out count as delivered in full. */
export interface ReceivePurchaseOrderLine {
  isbn: string;
  quantityReceived: number;
}

/** Mirrors PurchaseOrderQueryDto; search matches the supplier. */
export interface PurchaseOrderQuery extends PageQuery {
  status?: PurchaseOrderStatus;
  branchCode?: string;
  createdFrom?: string;
}
