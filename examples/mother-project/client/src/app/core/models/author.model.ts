/** Mirrors AuthorDto. */
export interface Author {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  biography?: string;
  birthDate?: string;
  nationality?: string;
  website?: string;
  bookCount: number;
}

/** Mirrors CreateAuthorDto. */
export interface CreateAuthor {
  firstName: string;
  lastName: string;
  biography?: string;
  birthDate?: string;
  nationality?: string;
  website?: string;
}
