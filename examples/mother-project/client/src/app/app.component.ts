import { Component, OnInit } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AuthService } from './core/services/auth.service';
import { NavComponent } from './shared/components/nav/nav.component';

@Component({
  selector: 'bn-root',
  standalone: true,
  imports: [RouterOutlet, NavComponent],
  templateUrl: './app.component.html',
  styleUrl: './app.component.scss'
})
export class AppComponent implements OnInit {
  readonly year = new Date().getFullYear();

  constructor(private authService: AuthService) {}

  ngOnInit(): void {
    // A stored session may predate a role change made by an admin; refresh it once per page load.
    if (this.authService.currentUser) {
      this.authService.me().subscribe();
    }
  }
}
