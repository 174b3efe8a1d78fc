import { PageQuery } from './paged-result.model';

/** Draft → Submitted → Received, or Cancelled from Draft/Submitted. Only drafts can be edited. */
export type PurchaseOrderStatus = 'Draft' | 'Submitted' | 'Received' | 'Cancelled';

/** Mirrors PurchaseOrderLineDto. */
export interface PurchaseOrderLine {
  isbn: string;
  title: string;
  bookId?: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  receivedQuantity?: number;
}

/** Mirrors PurchaseOrderDto. */
export interface PurchaseOrder {
  id: string;
  orderNumber: string;
  supplierName: string;
  supplierReference?: string;
  status: PurchaseOrderStatus;
  lines: PurchaseOrderLine[];
  subtotal: number;
  discountPercent: number;
  total: number;
  notes?: string;
  createdAt: string;
  createdByName?: string;
  submittedAt?: string;
  receivedAt?: string;
  receivedAtBranchCode?: string;
  cancelledAt?: string;
  cancellationReason?: string;
}

/** Mirrors CreatePurchaseOrderLineDto. */
export interface CreatePurchaseOrderLine {
  isbn: string;
  title: string;
  quantity: number;
  unitPrice: number;
}

/** Mirrors CreatePurchaseOrderDto (create and update of a draft). */
export interface CreatePurchaseOrder {
  supplierName: string;
  supplierReference?: string;
  discountPercent: number;
  notes?: string;
  lines: CreatePurchaseOrderLine[];
}

/** Mirrors ReceivePurchaseOrderDto: the delivery is shelved at one branch as new copies. */
export interface ReceivePurchaseOrder {
  branchCode: string;
}

/** Mirrors PurchaseOrderQueryDto. */
export interface PurchaseOrderQuery extends PageQuery {
  status?: PurchaseOrderStatus;
  supplierName?: string;
}
