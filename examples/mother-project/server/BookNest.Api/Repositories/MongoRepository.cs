using System.Linq.Expressions;
using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

/// <summary>
/// Generic repository over one MongoDB collection. Concrete repositories pass the collection name from
/// <see cref="IMongoDBSettings"/> and add the queries that are specific to their document type.
/// </summary>
public abstract class MongoRepository<TDocument> : IRepository<TDocument> where TDocument : class, IDocument
{
    protected MongoRepository(IMongoDBSettings settings, string collectionName)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        Collection = database.GetCollection<TDocument>(collectionName);
    }

    protected IMongoCollection<TDocument> Collection { get; }

    public virtual async Task<TDocument?> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        await Collection.Find(d => d.Id == id).FirstOrDefaultAsync(cancellationToken);

    public virtual async Task<IReadOnlyList<TDocument>> FindAsync(
        Expression<Func<TDocument, bool>> filter,
        CancellationToken cancellationToken = default) =>
        await Collection.Find(filter).ToListAsync(cancellationToken);

    public virtual async Task<IReadOnlyList<TDocument>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await Collection.Find(FilterDefinition<TDocument>.Empty).ToListAsync(cancellationToken);

    public virtual Task InsertAsync(TDocument document, CancellationToken cancellationToken = default) =>
        Collection.InsertOneAsync(document, cancellationToken: cancellationToken);

    public virtual async Task<bool> ReplaceAsync(TDocument document, CancellationToken cancellationToken = default)
    {
        var result = await Collection.ReplaceOneAsync(d => d.Id == document.Id, document, cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    public virtual async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await Collection.DeleteOneAsync(d => d.Id == id, cancellationToken);
        return result.DeletedCount == 1;
    }
}
