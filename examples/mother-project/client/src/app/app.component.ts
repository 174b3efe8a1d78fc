import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { NavComponent } from './shared/components/nav/nav.component';

@Component({
  selector: 'bn-root',
  standalone: true,
  imports: [RouterOutlet, NavComponent],
  templateUrl: './app.component.html',
  styleUrl: './app.component.scss'
})
export class AppComponent {
  readonly year = new Date().getFullYear();
}
