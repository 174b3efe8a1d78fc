"""A small .NET + Angular repository with planted PII (e-mail and private IP addresses) for `--redact-pii` tests.

`PLANTED_PII` is the repository; `PII_VALUES` are the values that must reach no output file when PII is redacted
(and do reach the dataset when it is not); `KEPT` are look-alikes that are not PII and must survive either way.
"""

from __future__ import annotations

PII_VALUES = (
    "jane.doe@contoso-health.com",
    "ops-team@acme.io",
    "noreply+alerts@shop.co.uk",
    "10.42.7.19",
    "172.22.3.4",
    "192.168.56.101",
    "fd12:3456:789a:1::25",
)
#: Not PII: documentation addresses, loopback, versions, decorators, npm scopes, git remotes.
KEPT = (
    "support@example.com",
    "127.0.0.1",
    "@Component",
    "@angular/core",
    "git@github.com:acme/shop.git",
    "10.0.0.0/8",
)

PLANTED_PII: dict[str, str] = {
    "src/Shop.Api/Services/NotificationService.cs": """using System.Net.Mail;

namespace Shop.Api.Services;

/// <summary>Sends order notifications. Owner: jane.doe@contoso-health.com</summary>
public class NotificationService : INotificationService
{
    private const string Sender = "ops-team@acme.io";
    private const string CacheHost = "10.42.7.19";
    private const string Fallback = "support@example.com";

    public async Task NotifyAsync(Order order)
    {
        var message = new MailMessage(Sender, order.CustomerEmail);
        message.Bcc.Add("noreply+alerts@shop.co.uk");
        await _client.SendMailAsync(message);
    }
}
""",
    "src/Shop.Api/Services/INotificationService.cs": """namespace Shop.Api.Services;

public interface INotificationService
{
    Task NotifyAsync(Order order);
}
""",
    "src/Shop.Api/Models/Order.cs": """namespace Shop.Api.Models;

public class Order
{
    public string Id { get; set; } = string.Empty;
    public string CustomerEmail { get; set; } = string.Empty;
    public decimal Total { get; set; }
}
""",
    "src/Shop.Api/appsettings.json": """{
  "Redis": { "Host": "172.22.3.4", "Port": 6379 },
  "Mongo": { "Host": "192.168.56.101", "Database": "shop" },
  "Local": { "Host": "127.0.0.1" },
  "Mesh": { "Address": "fd12:3456:789a:1::25", "AllowedRange": "10.0.0.0/8" }
}
""",
    "client/src/app/orders/order-list.component.ts": """import { Component } from '@angular/core';
import { HttpClient } from '@angular/common/http';

// Questions: jane.doe@contoso-health.com
@Component({
  selector: 'app-order-list',
  templateUrl: './order-list.component.html',
})
export class OrderListComponent {
  private readonly api = 'http://10.42.7.19:5000/api/orders';

  constructor(private http: HttpClient) {}

  load() {
    return this.http.get(this.api);
  }
}
""",
    "README.md": """# Shop

Clone with `git clone git@github.com:acme/shop.git`. Maintainer: jane.doe@contoso-health.com.
The staging database runs on 192.168.56.101.
""",
}
