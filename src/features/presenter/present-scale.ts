/** How much bigger map symbols and labels are in presenter mode (legible from the back of a room). */
export const PRESENT_SCALE = 1.6;
