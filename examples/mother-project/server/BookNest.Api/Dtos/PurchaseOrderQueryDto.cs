using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;

namespace BookNest.Api.Dtos;

/// <summary>
/// Filters for GET api/acquisitions; <see cref="PageQueryDto.Search"/> matches the order number or supplier.
/// </summary>
public class PurchaseOrderQueryDto : PageQueryDto
{
    [EnumDataType(typeof(PurchaseOrderStatus))]
    public string? Status { get; set; }

    [StringLength(8)]
    public string? BranchCode { get; set; }

    /// <summary>Only orders raised on or after this date (the finance year starts in April).</summary>
    public DateTime? CreatedFrom { get; set; }
}
