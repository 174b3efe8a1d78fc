import { Pipe, PipeTransform } from '@angular/core';

import { Loan } from '../../core/models/loan.model';

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * Human-friendly due state of a loan: "Returned", "Due today", "Due in 3 days", "Overdue by 2 days".
 * Usage: {{ loan | dueStatus }}
 */
@Pipe({ name: 'dueStatus', standalone: true })
export class DueStatusPipe implements PipeTransform {
  transform(loan: Pick<Loan, 'dueAt' | 'returnedAt'>, today: Date = new Date()): string {
    if (loan.returnedAt) {
      return 'Returned';
    }

    const due = startOfDay(new Date(loan.dueAt));
    const days = Math.round((due.getTime() - startOfDay(today).getTime()) / MS_PER_DAY);

    if (days === 0) {
      return 'Due today';
    }
    if (days > 0) {
      return days === 1 ? 'Due tomorrow' : `Due in ${days} days`;
    }
    return days === -1 ? 'Overdue by 1 day' : `Overdue by ${-days} days`;
  }
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
