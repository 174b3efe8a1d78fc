namespace BookNest.Api.Dtos;

/// <summary>
/// Envelope for every paged list endpoint. The Angular client mirrors it as PagedResult&lt;T&gt;.
/// </summary>
public class PagedResultDto<T>
{
    public IReadOnlyList<T> Items { get; set; } = Array.Empty<T>();
    public int Page { get; set; }
    public int PageSize { get; set; }
    public long TotalCount { get; set; }
    public int TotalPages => PageSize == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    public static PagedResultDto<T> Create(IReadOnlyList<T> items, int page, int pageSize, long totalCount) =>
        new() { Items = items, Page = page, PageSize = pageSize, TotalCount = totalCount };
}
