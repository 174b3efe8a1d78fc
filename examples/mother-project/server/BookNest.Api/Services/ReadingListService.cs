using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Members' reading lists, stored through <see cref="IReadingListRepository"/>. Every change is made by the
/// owner: a list that belongs to someone else is reported as not found, so private lists stay invisible.
/// </summary>
public class ReadingListService : IReadingListService
{
    private const int MaxListsPerMember = 25;
    private const int MaxBooksPerList = 100;

    private readonly IReadingListRepository _lists;
    private readonly IMongoCollection<Book> _books;

    public ReadingListService(IReadingListRepository lists, IMongoDBSettings settings)
    {
        _lists = lists;
        var client = new MongoClient(settings.ConnectionString);
        _books = client.GetDatabase(settings.DatabaseName).GetCollection<Book>(settings.BooksCollectionName);
    }

    public async Task<PagedResultDto<ReadingListDto>> GetPagedAsync(
        ReadingListQueryDto query,
        string? viewerMemberId,
        CancellationToken cancellationToken = default)
    {
        var ownLists = query.MemberId is not null && query.MemberId == viewerMemberId;
        var total = await _lists.CountAsync(query.MemberId, query.BookId, ownLists, query.Search, cancellationToken);
        var lists = await _lists.GetPageAsync(
            query.MemberId, query.BookId, ownLists, query.Search, query.Skip, query.PageSize, cancellationToken);

        var items = lists.Select(l => l.ToDto()).ToList();
        return PagedResultDto<ReadingListDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<ReadingListDto> GetByIdAsync(string id, string? viewerMemberId, CancellationToken cancellationToken = default)
    {
        var list = await _lists.GetByIdAsync(id, cancellationToken);
        if (list is null || (!list.IsPublic && list.MemberId != viewerMemberId))
        {
            throw new NotFoundException(nameof(ReadingList), id);
        }

        return await ToDetailDtoAsync(list, cancellationToken);
    }

    public async Task<ReadingListDto> CreateAsync(CreateReadingListDto dto, string memberId, CancellationToken cancellationToken = default)
    {
        if (await _lists.CountByMemberAsync(memberId, cancellationToken) >= MaxListsPerMember)
        {
            throw new BusinessRuleException("list_limit", $"A member can keep at most {MaxListsPerMember} reading lists.");
        }

        await EnsureUniqueNameAsync(memberId, dto.Name, null, cancellationToken);
        var list = dto.ToDocument(memberId);
        await _lists.InsertAsync(list, cancellationToken);
        return list.ToDto(new Dictionary<string, Book>());
    }

    public async Task<ReadingListDto> UpdateAsync(string id, CreateReadingListDto dto, string memberId, CancellationToken cancellationToken = default)
    {
        var list = await FindOwnedListAsync(id, memberId, cancellationToken);
        await EnsureUniqueNameAsync(memberId, dto.Name, id, cancellationToken);

        list.Name = dto.Name.Trim();
        list.Description = string.IsNullOrWhiteSpace(dto.Description) ? null : dto.Description.Trim();
        list.IsPublic = dto.IsPublic;
        return await SaveAsync(list, cancellationToken);
    }

    public async Task DeleteAsync(string id, string memberId, CancellationToken cancellationToken = default)
    {
        await FindOwnedListAsync(id, memberId, cancellationToken);
        await _lists.DeleteAsync(id, cancellationToken);
    }

    public async Task<ReadingListDto> AddBookAsync(string id, AddReadingListBookDto dto, string memberId, CancellationToken cancellationToken = default)
    {
        var list = await FindOwnedListAsync(id, memberId, cancellationToken);
        if (!await _books.Find(b => b.Id == dto.BookId).AnyAsync(cancellationToken))
        {
            throw new NotFoundException(nameof(Book), dto.BookId);
        }

        if (list.Entries.Any(e => e.BookId == dto.BookId))
        {
            throw new BusinessRuleException("already_listed", "This book is already on the list.");
        }

        if (list.Entries.Count >= MaxBooksPerList)
        {
            throw new BusinessRuleException("list_full", $"A reading list holds at most {MaxBooksPerList} books.");
        }

        var entry = new ReadingListEntry { BookId = dto.BookId, Note = dto.Note?.Trim() };
        var index = Math.Min((dto.Position ?? int.MaxValue) - 1, list.Entries.Count);
        list.Entries.Insert(index, entry);
        return await SaveAsync(list, cancellationToken);
    }

    public async Task<ReadingListDto> RemoveBookAsync(string id, string bookId, string memberId, CancellationToken cancellationToken = default)
    {
        var list = await FindOwnedListAsync(id, memberId, cancellationToken);
        if (list.Entries.RemoveAll(e => e.BookId == bookId) == 0)
        {
            throw new NotFoundException(nameof(ReadingListEntry), bookId);
        }

        return await SaveAsync(list, cancellationToken);
    }

    public async Task<ReadingListDto> ReorderAsync(string id, ReorderReadingListDto dto, string memberId, CancellationToken cancellationToken = default)
    {
        var list = await FindOwnedListAsync(id, memberId, cancellationToken);

        // The new order must be a permutation of the current books: nothing added, dropped or repeated.
        var current = list.Entries.Select(e => e.BookId).OrderBy(b => b).ToList();
        if (!dto.BookIds.OrderBy(b => b).SequenceEqual(current))
        {
            throw new BusinessRuleException("reorder_mismatch", "The new order must list every book on the list exactly once.");
        }

        var entries = list.Entries.ToDictionary(e => e.BookId);
        list.Entries = dto.BookIds.Select(bookId => entries[bookId]).ToList();
        return await SaveAsync(list, cancellationToken);
    }

    private async Task<ReadingList> FindOwnedListAsync(string id, string memberId, CancellationToken cancellationToken)
    {
        var list = await _lists.GetByIdAsync(id, cancellationToken);
        return list is not null && list.MemberId == memberId ? list : throw new NotFoundException(nameof(ReadingList), id);
    }

    private async Task EnsureUniqueNameAsync(string memberId, string name, string? exceptId, CancellationToken cancellationToken)
    {
        if (await _lists.NameExistsAsync(memberId, name, exceptId, cancellationToken))
        {
            throw new BusinessRuleException("duplicate_list_name", $"You already have a list called '{name.Trim()}'.");
        }
    }

    private async Task<ReadingListDto> SaveAsync(ReadingList list, CancellationToken cancellationToken)
    {
        list.BookIds = list.Entries.Select(e => e.BookId).ToList();
        list.UpdatedAt = DateTime.UtcNow;
        await _lists.ReplaceAsync(list, cancellationToken);
        return await ToDetailDtoAsync(list, cancellationToken);
    }

    private async Task<ReadingListDto> ToDetailDtoAsync(ReadingList list, CancellationToken cancellationToken)
    {
        var ids = list.Entries.Select(e => e.BookId).ToList();
        var books = await _books.Find(Builders<Book>.Filter.In(b => b.Id, ids)).ToListAsync(cancellationToken);
        return list.ToDto(books.ToDictionary(b => b.Id!));
    }
}
