/** Booked → CheckedIn, or Cancelled by the member, or NoShow when not checked in 15 minutes after the start. */
export type RoomBookingStatus = 'Booked' | 'CheckedIn' | 'Cancelled' | 'NoShow';

/** Mirrors StudyRoomDto. */
export interface StudyRoom {
  id: string;
  name: string;
  branchCode: string;
  seats: number;
  hasScreen: boolean;
  isAccessible: boolean;
  /** Bookable hours of the room, "HH:mm". */
  opensAt: string;
  closesAt: string;
}

/** Mirrors RoomBookingDto. */
export interface RoomBooking {
  id: string;
  roomId: string;
  roomName?: string;
  branchCode: string;
  memberId: string;
  memberName?: string;
  startsAt: string;
  endsAt: string;
  purpose?: string;
  status: RoomBookingStatus;
  checkedInAt?: string;
}

/** Mirrors CreateRoomBookingDto: slots start and end on the half hour, two hours per member per day at most. */
export interface CreateRoomBooking {
  roomId: string;
  startsAt: string;
  endsAt: string;
  purpose?: string;
}

/** Mirrors RoomScheduleDto: a room's taken slots on one day. */
export interface RoomSchedule {
  roomId: string;
  date: string;
  busy: { startsAt: string; endsAt: string }[];
  /** Minutes the signed-in member has already booked that day (any room). */
  memberMinutesBooked: number;
  maxMinutesPerDay: number;
}
