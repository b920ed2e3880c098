/** The bench's one statistic: the median (the upper one of an even count), of numbers given in any order. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
