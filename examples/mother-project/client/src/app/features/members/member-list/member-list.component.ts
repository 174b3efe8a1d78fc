import { DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { Member } from '../../../core/models/member.model';
import { PagedResult, PageQuery } from '../../../core/models/paged-result.model';
import { MemberService } from '../../../core/services/member.service';
import { NotificationService } from '../../../core/services/notification.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';

@Component({
  selector: 'bn-member-list',
  standalone: true,
  imports: [DatePipe, ReactiveFormsModule, RouterLink, PaginationComponent],
  templateUrl: './member-list.component.html',
  styleUrl: './member-list.component.scss'
})
export class MemberListComponent implements OnInit {
  readonly searchControl = new FormControl('', { nonNullable: true });

  result?: PagedResult<Member>;
  private query: PageQuery = { page: 1, pageSize: 20 };

  constructor(
    private memberService: MemberService,
    private notifications: NotificationService
  ) {}

  ngOnInit(): void {
    this.searchControl.valueChanges.pipe(debounceTime(300), distinctUntilChanged()).subscribe((search) => {
      this.query = { ...this.query, search, page: 1 };
      this.loadMembers();
    });
    this.loadMembers();
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadMembers();
  }

  deactivate(member: Member): void {
    if (!confirm(`Deactivate the card of ${member.firstName} ${member.lastName}?`)) {
      return;
    }

    this.memberService.deactivateMember(member.id).subscribe(() => {
      this.notifications.success(`Card ${member.membershipNumber} deactivated.`);
      this.loadMembers();
    });
  }

  private loadMembers(): void {
    this.memberService.getMembers(this.query).subscribe((result) => (this.result = result));
  }
}
