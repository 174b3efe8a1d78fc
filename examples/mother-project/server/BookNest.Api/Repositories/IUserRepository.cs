using BookNest.Api.Models;

namespace BookNest.Api.Repositories;

public interface IUserRepository : IRepository<User>
{
    Task<User?> GetByEmailAsync(string email, CancellationToken cancellationToken = default);
    Task RecordLoginAsync(string userId, DateTime loggedInAt, CancellationToken cancellationToken = default);
}
