namespace BookNest.Api.Configuration;

/// <summary>
/// Connection and collection names for the BookNest MongoDB database.
/// Services and repositories take this interface in their constructor instead of
/// IOptions&lt;T&gt; so they stay easy to construct in integration tests.
/// </summary>
public interface IMongoDBSettings
{
    string ConnectionString { get; set; }
    string DatabaseName { get; set; }

    string BooksCollectionName { get; set; }
    string AuthorsCollectionName { get; set; }
    string CategoriesCollectionName { get; set; }
    string MembersCollectionName { get; set; }
    string LoansCollectionName { get; set; }
    string ReviewsCollectionName { get; set; }
    string InventoryCollectionName { get; set; }
    string UsersCollectionName { get; set; }
}
