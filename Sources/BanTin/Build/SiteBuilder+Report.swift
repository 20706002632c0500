extension SiteBuilder {
    /// The royalty statement of `period` (`bantin report`): the site goes through the same stages
    /// as `bantin build` before writing (so its errors are the build's, at the same places), then
    /// the live articles make the statement. Nil when anything, the statement included, has an
    /// error; the report carries every problem.
    public func royaltyStatement(period: RoyaltyPeriod, author: String? = nil) -> (RoyaltyStatement?, BuildReport) {
        var options = self.options
        options.includeDrafts = false
        options.checkOnly = false
        var (planned, report) = SiteBuilder(options: options).plan(memo: options.useCache ? .disk : .none)
        guard let plan = planned, report.succeeded else { return (nil, report) }
        planned = nil
        let (statement, problems) = RoyaltyStatement.make(
            articles: plan.index.articles, config: plan.config, period: period, author: author)
        report.diagnostics += problems
        report.diagnostics.sort()
        return (report.succeeded ? statement : nil, report)
    }
}
