using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

public class UserRepository : MongoRepository<User>, IUserRepository
{
    public UserRepository(IMongoDBSettings settings)
        : base(settings, settings.UsersCollectionName)
    {
    }

    // Emails are stored lower-cased by AuthService, so an exact match is enough here.
    public async Task<User?> GetByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        await Collection.Find(u => u.Email == email.ToLowerInvariant()).FirstOrDefaultAsync(cancellationToken);

    public Task RecordLoginAsync(string userId, DateTime loggedInAt, CancellationToken cancellationToken = default) =>
        Collection.UpdateOneAsync(
            u => u.Id == userId,
            Builders<User>.Update.Set(u => u.LastLoginAt, loggedInAt),
            cancellationToken: cancellationToken);
}
