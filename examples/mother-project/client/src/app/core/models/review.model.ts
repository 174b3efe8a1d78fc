/** Mirrors ReviewDto. */
export interface Review {
  id: string;
  bookId: string;
  memberId: string;
  memberName?: string;
  rating: number;
  title: string;
  body?: string;
  isApproved: boolean;
  createdAt: string;
}

/** Mirrors CreateReviewDto; the member comes from the token on the server. */
export interface CreateReview {
  bookId: string;
  rating: number;
  title: string;
  body?: string;
}
