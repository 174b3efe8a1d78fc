namespace BookNest.Api.Dtos;

public class StudyRoomDto
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string BranchCode { get; set; } = string.Empty;
    public int Floor { get; set; }
    public int Capacity { get; set; }
    public List<string> Features { get; set; } = new();
    public bool IsBookable { get; set; }
}
