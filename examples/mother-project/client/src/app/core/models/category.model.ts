/** Mirrors CategoryDto. */
export interface Category {
  id: string;
  name: string;
  slug: string;
  description?: string;
  parentCategoryId?: string;
  sortOrder: number;
}

/** Mirrors CreateCategoryDto. */
export interface CreateCategory {
  name: string;
  description?: string;
  parentCategoryId?: string;
  sortOrder: number;
}
