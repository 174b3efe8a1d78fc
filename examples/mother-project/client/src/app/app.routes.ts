import { Routes } from '@angular/router';

import { authGuard } from './core/guards/auth.guard';
import { unsavedChangesGuard } from './core/guards/unsaved-changes.guard';
import { AcquisitionDetailComponent } from './features/acquisitions/acquisition-detail/acquisition-detail.component';
import { AcquisitionFormComponent } from './features/acquisitions/acquisition-form/acquisition-form.component';
import { AcquisitionListComponent } from './features/acquisitions/acquisition-list/acquisition-list.component';
import { AnnouncementFormComponent } from './features/announcements/announcement-form/announcement-form.component';
import { AnnouncementListComponent } from './features/announcements/announcement-list/announcement-list.component';
import { LoginComponent } from './features/auth/login/login.component';
import { RegisterComponent } from './features/auth/register/register.component';
import { AuthorDetailComponent } from './features/authors/author-detail/author-detail.component';
import { AuthorFormComponent } from './features/authors/author-form/author-form.component';
import { AuthorListComponent } from './features/authors/author-list/author-list.component';
import { BookDetailComponent } from './features/books/book-detail/book-detail.component';
import { BookFormComponent } from './features/books/book-form/book-form.component';
import { BookListComponent } from './features/books/book-list/book-list.component';
import { BranchFormComponent } from './features/branches/branch-form/branch-form.component';
import { BranchListComponent } from './features/branches/branch-list/branch-list.component';
import { CategoryListComponent } from './features/categories/category-list/category-list.component';
import { DashboardComponent } from './features/dashboard/dashboard/dashboard.component';
import { DonationDetailComponent } from './features/donations/donation-detail/donation-detail.component';
import { DonationFormComponent } from './features/donations/donation-form/donation-form.component';
import { DonationListComponent } from './features/donations/donation-list/donation-list.component';
import { EventDetailComponent } from './features/events/event-detail/event-detail.component';
import { EventFormComponent } from './features/events/event-form/event-form.component';
import { EventListComponent } from './features/events/event-list/event-list.component';
import { FineDetailComponent } from './features/fines/fine-detail/fine-detail.component';
import { FineListComponent } from './features/fines/fine-list/fine-list.component';
import { LoanCheckoutComponent } from './features/loans/loan-checkout/loan-checkout.component';
import { LoanListComponent } from './features/loans/loan-list/loan-list.component';
import { MemberFormComponent } from './features/members/member-form/member-form.component';
import { MemberListComponent } from './features/members/member-list/member-list.component';
import { PublisherDetailComponent } from './features/publishers/publisher-detail/publisher-detail.component';
import { PublisherFormComponent } from './features/publishers/publisher-form/publisher-form.component';
import { PublisherListComponent } from './features/publishers/publisher-list/publisher-list.component';
import { ReadingListDetailComponent } from './features/reading-lists/reading-list-detail/reading-list-detail.component';
import { ReadingListOverviewComponent } from './features/reading-lists/reading-list-overview/reading-list-overview.component';
import { ReservationFormComponent } from './features/reservations/reservation-form/reservation-form.component';
import { ReservationListComponent } from './features/reservations/reservation-list/reservation-list.component';
import { RoomBookingFormComponent } from './features/room-bookings/room-booking-form/room-booking-form.component';
import { RoomBookingListComponent } from './features/room-bookings/room-booking-list/room-booking-list.component';

const staffOnly = { roles: ['Librarian', 'Admin'] };

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'books' },
  { path: 'login', component: LoginComponent, title: 'Sign in · BookNest' },
  { path: 'register', component: RegisterComponent, title: 'Get a library card · BookNest' },

  // Public catalogue
  { path: 'books', component: BookListComponent, title: 'Catalogue · BookNest' },
  { path: 'books/new', component: BookFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'books/:id', component: BookDetailComponent },
  { path: 'books/:id/edit', component: BookFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'authors', component: AuthorListComponent, title: 'Authors · BookNest' },
  { path: 'authors/new', component: AuthorFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'authors/:id', component: AuthorDetailComponent },
  { path: 'authors/:id/edit', component: AuthorFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'categories', component: CategoryListComponent, title: 'Categories · BookNest' },
  { path: 'publishers', component: PublisherListComponent, title: 'Publishers · BookNest' },
  { path: 'publishers/new', component: PublisherFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'publishers/:id', component: PublisherDetailComponent },
  { path: 'publishers/:id/edit', component: PublisherFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'reading-lists', component: ReadingListOverviewComponent, title: 'Reading lists · BookNest' },
  { path: 'reading-lists/:id', component: ReadingListDetailComponent },

  // Visiting the library: branches, events and news
  { path: 'branches', component: BranchListComponent, title: 'Branches & opening hours · BookNest' },
  { path: 'branches/new', component: BranchFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'branches/:id/edit', component: BranchFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'events', component: EventListComponent, title: 'Events · BookNest' },
  { path: 'events/new', component: EventFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'events/:id', component: EventDetailComponent },
  { path: 'events/:id/edit', component: EventFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'announcements', component: AnnouncementListComponent, title: 'News · BookNest' },
  { path: 'announcements/new', component: AnnouncementFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'announcements/:id/edit', component: AnnouncementFormComponent, canActivate: [authGuard], data: staffOnly },

  // Members see their own loans; staff see everything
  { path: 'loans', component: LoanListComponent, canActivate: [authGuard], title: 'Loans · BookNest' },
  { path: 'loans/checkout', component: LoanCheckoutComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'reservations', component: ReservationListComponent, canActivate: [authGuard], title: 'Reservations · BookNest' },
  { path: 'reservations/new', component: ReservationFormComponent, canActivate: [authGuard] },
  { path: 'fines', component: FineListComponent, canActivate: [authGuard], title: 'Fines · BookNest' },
  { path: 'fines/:id', component: FineDetailComponent, canActivate: [authGuard] },
  { path: 'room-bookings', component: RoomBookingListComponent, canActivate: [authGuard], title: 'Study rooms · BookNest' },
  { path: 'room-bookings/new', component: RoomBookingFormComponent, canActivate: [authGuard] },

  // Front desk
  { path: 'dashboard', component: DashboardComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'members', component: MemberListComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'members/new', component: MemberFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'members/:id/edit', component: MemberFormComponent, canActivate: [authGuard], data: staffOnly },

  // Back office: donations and purchase orders
  { path: 'donations', component: DonationListComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'donations/new', component: DonationFormComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'donations/:id', component: DonationDetailComponent, canActivate: [authGuard], data: staffOnly },
  { path: 'acquisitions', component: AcquisitionListComponent, canActivate: [authGuard], data: staffOnly },
  {
    path: 'acquisitions/new',
    component: AcquisitionFormComponent,
    canActivate: [authGuard],
    canDeactivate: [unsavedChangesGuard],
    data: staffOnly
  },
  { path: 'acquisitions/:id', component: AcquisitionDetailComponent, canActivate: [authGuard], data: staffOnly },
  {
    path: 'acquisitions/:id/edit',
    component: AcquisitionFormComponent,
    canActivate: [authGuard],
    canDeactivate: [unsavedChangesGuard],
    data: staffOnly
  },

  { path: '**', redirectTo: 'books' }
];
