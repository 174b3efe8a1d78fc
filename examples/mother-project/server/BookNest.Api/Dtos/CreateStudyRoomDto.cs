using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

public class CreateStudyRoomDto
{
    [Required]
    [StringLength(60)]
    public string Name { get; set; } = string.Empty;

    [Required]
    [StringLength(8)]
    public string BranchCode { get; set; } = string.Empty;

    [Range(0, 10)]
    public int Floor { get; set; }

    [Range(1, 20)]
    public int Capacity { get; set; } = 1;

    [MaxLength(10)]
    public List<string> Features { get; set; } = new();
}
