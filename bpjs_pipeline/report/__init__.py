"""What a person reads: figures formatted for people, charts, and the offline HTML report."""
