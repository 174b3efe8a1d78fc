export type MembershipTier = 'Standard' | 'Student' | 'Senior' | 'Premium';

/** Mirrors AddressDto (embedded in members). */
export interface Address {
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

/** Mirrors MemberDto. */
export interface Member {
  id: string;
  membershipNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  address: Address;
  tier: MembershipTier;
  isActive: boolean;
  joinedAt: string;
  activeLoanCount: number;
}

/** Mirrors CreateMemberDto. */
export interface CreateMember {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  address: Address;
  tier: MembershipTier;
}
