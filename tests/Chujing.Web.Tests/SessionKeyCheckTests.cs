using System.Security.Cryptography;
using Chujing.Domain.Diagnostics;
using Chujing.Evidence.Storage;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chujing.Web.Tests;

/// <summary>
/// A node started on a shared PostgreSQL database without the key-encryption key that protects the session-cookie keys
/// there, or with another one, refuses to start: it adds no key of its own to the shared ring (which would break
/// cookies across nodes, and without a key would store one in plain text).
/// </summary>
[Collection(PostgresPlatformCollection.Name)]
public sealed class SessionKeyCheckTests(PostgresPlatformFixture platform)
{
    [Fact]
    public async Task ANodeWithoutTheKeyOrWithAnother_RefusesToStart_AndAddsNoKey()
    {
        await platform.As(DemoAccounts.EnterpriseA);
        var given = platform.Services.GetRequiredService<PlatformOptions>().KeyEncryption!;
        var before = await KeysAsync();
        Assert.NotEmpty(before);

        var none = await Assert.ThrowsAsync<EnvironmentFailureException>(() => PrepareNodeAsync(null));
        Assert.Contains($"以密钥加密密钥 {given.Id} 加密，本节点未提供该密钥", none.Message, StringComparison.Ordinal);
        Assert.Contains(LedgerKeyEncryption.FileEnvironmentVariable, none.Message, StringComparison.Ordinal);

        var another = LedgerKeyEncryption.FromHex(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), "test");
        var wrong = await Assert.ThrowsAsync<EnvironmentFailureException>(() => PrepareNodeAsync(another));
        Assert.Contains($"not under the one this node was given ({another.Id})", wrong.Message, StringComparison.Ordinal);

        Assert.Equal(before, await KeysAsync());
    }

    private async Task PrepareNodeAsync(LedgerKeyEncryption? encryption)
    {
        var data = Directory.CreateTempSubdirectory("chujing-keycheck-").FullName;
        try
        {
            await using var node = PlatformApp.Build(new PlatformOptions
            {
                Urls = "http://127.0.0.1:0",
                Database = platform.Services.GetRequiredService<DatabaseLocation>(),
                Time = platform.Time,
                DataDirectory = data,
                FrameworkLogLevel = LogLevel.Error,
                KeyEncryption = encryption,
            });
            await node.PrepareAsync();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private async Task<List<string?>> KeysAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChujingDbContext>().DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.Xml).ToListAsync();
    }
}
