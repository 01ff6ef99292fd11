namespace Alchemist.Tests.Data;

public class LabelSetTests
{
    [Fact]
    public void Finds_ids_by_name_ignoring_case()
    {
        var labels = new LabelSet(["ham", "spam"]);
        Assert.True(labels.TryGetId(" SPAM ", out var id));
        Assert.Equal(1, id);
        Assert.Equal("ABSTAIN", labels.NameOf(LabelSet.Abstain));
    }

    [Fact]
    public void Rejects_duplicates_and_single_class()
    {
        Assert.Throws<ArgumentException>(() => new LabelSet(["a", "A"]));
        Assert.Throws<ArgumentException>(() => new LabelSet(["only"]));
    }
}
