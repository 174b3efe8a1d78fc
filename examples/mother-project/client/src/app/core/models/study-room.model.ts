/** Mirrors StudyRoomDto. */
export interface StudyRoom {
  id: string;
  name: string;
  branchCode: string;
  floor: number;
  capacity: number;
  features: string[];
  isBookable: boolean;
}

/** Mirrors CreateStudyRoomDto (admins only). */
export interface CreateStudyRoom {
  name: string;
  branchCode: string;
  floor: number;
  capacity: number;
  features: string[];
}

/** Query-string filters of GET api/studyrooms. */
export interface StudyRoomQuery {
  branchCode?: string;
  minCapacity?: number;
}

/** Mirrors TimeSlotDto (ISO timestamps). */
export interface TimeSlot {
  startsAt: string;
  endsAt: string;
}

/** Mirrors RoomAvailabilityDto: free and taken slots of one room on one day. */
export interface RoomAvailability {
  roomId: string;
  roomName: string;
  date: string;
  slotMinutes: number;
  freeSlots: TimeSlot[];
  bookedSlots: TimeSlot[];
}
