using Chujing.Domain.Text;

namespace Chujing.Domain.Tests.Text;

public sealed class JsonErrorTextTests
{
    [Theory]
    [InlineData("'nope\n' is an invalid JSON literal.", "'nope' is an invalid JSON literal.")]
    [InlineData("'tru \r\n}' is an invalid JSON literal.", "'tru' is an invalid JSON literal.")]
    [InlineData("'\n' is invalid after a value.", "'\\n' is invalid after a value.")]
    [InlineData("The JSON property 'a b' could not be mapped.", "The JSON property 'a b' could not be mapped.")]
    [InlineData("'x' is invalid.", "'x' is invalid.")]
    public void Tidy_CutsAQuotedSpanAtItsLineBreak_LeavesOtherQuotes(string message, string expected) =>
        Assert.Equal(expected, JsonErrorText.Tidy(message));
}
