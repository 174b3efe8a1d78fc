namespace BookNest.Api.Configuration;

/// <summary>
/// Bound from the "MongoDBSettings" section of appsettings.json and registered as a
/// singleton <see cref="IMongoDBSettings"/> in Program.cs.
/// </summary>
public class MongoDBSettings : IMongoDBSettings
{
    public string ConnectionString { get; set; } = string.Empty;
    public string DatabaseName { get; set; } = string.Empty;

    public string BooksCollectionName { get; set; } = "books";
    public string AuthorsCollectionName { get; set; } = "authors";
    public string CategoriesCollectionName { get; set; } = "categories";
    public string MembersCollectionName { get; set; } = "members";
    public string LoansCollectionName { get; set; } = "loans";
    public string ReviewsCollectionName { get; set; } = "reviews";
    public string InventoryCollectionName { get; set; } = "inventory";
    public string UsersCollectionName { get; set; } = "users";
}
