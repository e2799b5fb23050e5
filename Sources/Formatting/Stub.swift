// The Formatting stage: Danish dates, numbers, amounts, percentages, fractions, sort order.
