import { PageQuery } from './paged-result.model';

/** Booked → CheckedIn, or Cancelled by the member, or NoShow when not checked in 15 minutes after the start. */
export type RoomBookingStatus = 'Booked' | 'CheckedIn' | 'Cancelled' | 'NoShow';

/** Mirrors RoomBookingDto. */
export interface RoomBooking {
  id: string;
  roomId: string;
  roomName?: string;
  memberId: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  attendeeCount: number;
  purpose?: string;
  status: RoomBookingStatus;
  checkedInAt?: string;
  cancelledAt?: string;
}

/** Mirrors CreateRoomBookingDto: slots follow the room's slot grid, two hours per member per day at most. */
export interface CreateRoomBooking {
  roomId: string;
  startsAt: string;
  endsAt: string;
  attendeeCount: number;
  purpose?: string;
}

/** Mirrors RoomBookingQueryDto; for members the API always narrows to their own bookings. */
export interface RoomBookingQuery extends PageQuery {
  roomId?: string;
  memberId?: string;
  date?: string;
  status?: RoomBookingStatus;
}
