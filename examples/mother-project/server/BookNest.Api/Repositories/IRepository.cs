using System.Linq.Expressions;
using BookNest.Api.Models;

namespace BookNest.Api.Repositories;

/// <summary>
/// Basic persistence operations shared by every Mongo-backed repository.
/// </summary>
public interface IRepository<TDocument> where TDocument : class, IDocument
{
    Task<TDocument?> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<TDocument>> FindAsync(Expression<Func<TDocument, bool>> filter, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<TDocument>> GetAllAsync(CancellationToken cancellationToken = default);
    Task InsertAsync(TDocument document, CancellationToken cancellationToken = default);
    Task<bool> ReplaceAsync(TDocument document, CancellationToken cancellationToken = default);
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
